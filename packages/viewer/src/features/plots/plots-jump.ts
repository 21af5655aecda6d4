/** "Plots ↓" while the section is closed: the scroll waits until the plots are rendered (PlotsContent.tsx). */
export const PLOTS_SECTION_ID = 'plots';

const pendingJump = { wanted: false };

export function askForJump(): void {
  pendingJump.wanted = true;
}

/** True once, when a jump was asked for. */
export function takePendingJump(): boolean {
  const wanted = pendingJump.wanted;
  pendingJump.wanted = false;
  return wanted;
}

export function scrollToPlots(): void {
  document.getElementById(PLOTS_SECTION_ID)?.scrollIntoView({ block: 'start' });
}
