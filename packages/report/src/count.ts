/** A count with its noun in the right number: "1 warning", "2 warnings". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
