/**
 * CustomFunctions is a global only inside Excel: this stub mirrors the runtime's shape (custom-functions-runtime
 * typings) so the functions module can be imported and called in tests.
 */
class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

const associated = new Map<string, unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  },
});

export { associated, CustomFunctionsError, ErrorCode };
