/** `v` rounded to a tenth (of a px): what the map's layouts and marks write. */
export const r1 = (v: number) => Math.round(v * 10) / 10;
