/**
 * A chart's work in steps: a generator that yields the name of each step it has just done and returns its result
 * (`buildMapSceneSteps`, `buildNetworkSceneSteps`, `buildTimelineSceneSteps`). A page that must stay responsive runs
 * it a few steps per task, yielding to the browser between (the embed's first paint); everyone else runs it at once
 * with `runSteps`.
 */
export type Steps<T> = Generator<string, T, void>;

/** Runs `steps` to the end, in one go, and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
