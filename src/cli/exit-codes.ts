// Exit codes: 0 all inputs pass, 1 any input fails validation, 2 usage or read errors.
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
