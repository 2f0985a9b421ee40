"use client";

import { useMutation, type MutateOptions, type UseMutationOptions } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";

/** A fresh request key: random, so another form, tab or clinician never shares one. */
export const newRequestKey = (): string => crypto.randomUUID();

/** The input of a create without its request key (distributes over inputs that are unions). */
export type WithoutRequestKey<T> = T extends unknown ? Omit<T, "requestKey"> : never;

/**
 * A mutation whose `submit` ignores a second call while the first is in flight. The guard is a ref,
 * not `isPending`: on a fast double click both clicks land before React re-renders the button as
 * disabled. For changes that must not be applied twice (a plan override stored as a decision).
 */
export function useMutationOnce<TData, TError, TVariables, TContext>(options: UseMutationOptions<TData, TError, TVariables, TContext>) {
  const mutation = useMutation(options);
  const inFlight = useRef(false);
  const { mutate } = mutation;
  const submit = useCallback(
    (variables: TVariables, callbacks: MutateOptions<TData, TError, TVariables, TContext> = {}) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate(variables, {
        ...callbacks,
        onSettled: (...args) => {
          inFlight.current = false;
          callbacks.onSettled?.(...args);
        },
      });
    },
    [mutate],
  );
  return { ...mutation, submit };
}

/**
 * A create sent with this form's request key, so the server stores it once however often it
 * arrives. The key is made once per form and renewed only after a success: a retry after a lost
 * answer sends the same key and gets the first result back. Like `useMutationOnce`, a second submit
 * while one is in flight is ignored.
 */
export function useCreateMutation<TData, TError, TVariables extends { requestKey: string }, TContext>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
) {
  const mutation = useMutationOnce(options);
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const { submit: submitOnce } = mutation;
  const submit = useCallback(
    (variables: WithoutRequestKey<TVariables>, callbacks: MutateOptions<TData, TError, TVariables, TContext> = {}) =>
      submitOnce({ ...variables, requestKey } as unknown as TVariables, {
        ...callbacks,
        onSuccess: (...args) => {
          setRequestKey(newRequestKey());
          callbacks.onSuccess?.(...args);
        },
      }),
    [submitOnce, requestKey],
  );
  return { ...mutation, submit };
}
