/**
 * Multisampling doubles the frame cost of software WebGL (SwiftShader:
 * ~29 → ~14 ms for the whole-body view at 800×812, measured in e2e) and is
 * nearly free on a GPU. Ask a throwaway context which renderer this is.
 */
import { readUrlSwitches } from '../lib/url-switches.ts';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

export function isSoftwareWebGl(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_RENDERERS.test(renderer);
  } catch {
    return true;
  }
}

/**
 * On software WebGL every rendered frame costs a CPU core for 50–100 ms (the
 * GPU process rasterises it), and the model worker shares the same cores: a
 * gait cycle solved while playback renders continuously took 150–390 ms
 * instead of 47–112 ms (docs/performance.md). So on a software renderer,
 * gait playback holds its frame while the worker solves; the figure still
 * redraws when an answer arrives or the camera moves. On a GPU rendering
 * leaves the CPU to the worker and playback never holds. `?render-hold=off`
 * switches the hold off (for measuring).
 */
export function holdPlaybackWhileSolving(): boolean {
  const hold = typeof location === 'undefined' || readUrlSwitches(location.search).renderHold;
  return hold && isSoftwareWebGl();
}
