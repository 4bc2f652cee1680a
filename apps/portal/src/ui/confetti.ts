const COLOURS = ['#15803d', '#22c55e', '#f6c343', '#d69e2e', '#ffffff'];

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

interface Burst {
  /** Draws on this canvas (inside a modal dialog, which sits above everything else); over the whole page without one. */
  readonly canvas?: HTMLCanvasElement | null;
  readonly particles?: number;
  /** Where it bursts from, as fractions of the width and height. */
  readonly origin?: { x?: number; y?: number };
}

/**
 * A burst of confetti in the Laurels colours, unless the person prefers less
 * motion. canvas-confetti is loaded only when something is celebrated.
 */
export async function throwConfetti({ canvas, particles = 90, origin = { y: 0.35 } }: Burst = {}): Promise<void> {
  if (prefersReducedMotion()) return;
  const { default: confetti } = await import('canvas-confetti');
  const burst = canvas ? confetti.create(canvas, { resize: true }) : confetti;
  void burst({ particleCount: particles, spread: 100, startVelocity: 38, origin, colors: COLOURS, disableForReducedMotion: true });
}
