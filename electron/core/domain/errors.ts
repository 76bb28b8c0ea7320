// Errors a user can act on. Each has a stable code (for hosts and tests) and a message that
// is a sentence a reader understands, naming the file or item concerned.

export type ErrorCode =
  | 'invalid_request' // the request does not match the contract (a bug or a hostile caller)
  | 'not_found' // a document, annotation or file that does not exist
  | 'bad_input' // a file or value the user gave that cannot be used
  | 'study_unreadable' // not a study, damaged, or from a newer version
  | 'conflict' // the target already exists
  | 'no_study' // no study is open
  | 'busy' // another program holds the study's write lock; nothing was written, try again
  | 'internal'; // an unexpected failure; the message says what was being done

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
