/** Codes a service may fail with; mapped to transport errors in one place (server/api/trpc.ts). */
export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_STATE" | "BAD_INPUT" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message?: string) {
    super(message ?? defaultMessages[code]);
    this.name = "DomainError";
    this.code = code;
  }
}

const defaultMessages: Record<DomainErrorCode, string> = {
  NOT_FOUND: "Not found",
  FORBIDDEN: "You do not have permission to do that",
  CONFLICT: "This record was changed by someone else; reload and try again",
  INVALID_STATE: "That is not possible in the record's current state",
  BAD_INPUT: "Invalid input",
  TOO_MANY_REQUESTS: "Too many attempts; try again later",
};
