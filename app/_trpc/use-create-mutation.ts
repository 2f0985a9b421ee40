"use client";

import { useMutation, type MutateOptions, type UseMutationOptions } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";

/** A fresh request key: random, so another form, tab or clinician never shares one. */
export const newRequestKey = (): string => crypto.randomUUID();

/** The input of a create without its request key (distributes over inputs that are unions). */
export type WithoutRequestKey<T> = T extends unknown ? Omit<T, "requestKey"> : never;

/**
 * A create sent with this form's request key, so the server stores it once however often it
 * arrives. The key is made once per form and renewed only after a success: a retry after a lost
 * answer sends the same key and gets the first result back. While a send is in flight a second
 * submit is ignored at once (React has not re-rendered the disabled button yet on a fast double
 * click).
 */
export function useCreateMutation<TData, TError, TVariables extends { requestKey: string }, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
) {
  const mutation = useMutation(options);
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const inFlight = useRef(false);
  const { mutate } = mutation;
  const submit = useCallback(
    (variables: WithoutRequestKey<TVariables>, callbacks: MutateOptions<TData, TError, TVariables, TContext> = {}) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate({ ...variables, requestKey } as unknown as TVariables, {
        ...callbacks,
        onSuccess: (...args) => {
          setRequestKey(newRequestKey());
          callbacks.onSuccess?.(...args);
        },
        onSettled: (...args) => {
          inFlight.current = false;
          callbacks.onSettled?.(...args);
        },
      });
    },
    [mutate, requestKey],
  );
  return { ...mutation, submit };
}
