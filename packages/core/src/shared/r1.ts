/** `v` rounded to a tenth (of a px): what the layouts and marks write. */
export const r1 = (v: number) => Math.round(v * 10) / 10;
