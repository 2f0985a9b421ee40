/** Codes a service may fail with; mapped to transport errors in one place (server/api/trpc.ts). */
export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_STATE" | "BAD_INPUT" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** BAD_INPUT only: the problem of each named input field, shown beside the field by forms. */
  readonly fieldErrors: Record<string, string[]> | undefined;

  constructor(code: DomainErrorCode, message?: string, fieldErrors?: Record<string, string[]>) {
    super(message ?? defaultMessages[code]);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

const defaultMessages: Record<DomainErrorCode, string> = {
  NOT_FOUND: "Not found",
  FORBIDDEN: "You do not have permission to do that",
  CONFLICT: "This record was changed by someone else; reload and try again",
  INVALID_STATE: "That is not possible in the record's current state",
  BAD_INPUT: "Check the values you entered",
  TOO_MANY_REQUESTS: "Too many attempts; try again later",
};
