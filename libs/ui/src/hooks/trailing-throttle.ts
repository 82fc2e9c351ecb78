/**
 * Calls `run` at most once per `ms`: the first request runs now, those within the next `ms` run once at
 * its end (none is dropped: the last change is always shown). `cancel` forgets a pending call.
 */
export function trailingThrottle(run: () => void, ms: number): { request(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const open = () => {
    timer = setTimeout(() => {
      timer = null;
      if (!pending) return;
      pending = false;
      run();
      open();
    }, ms);
  };
  return {
    request() {
      if (timer) return void (pending = true);
      run();
      open();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}
