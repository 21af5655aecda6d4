/**
 * Multisampling doubles the frame cost of software WebGL (SwiftShader:
 * ~29 → ~14 ms for the whole-body view at 800×812, measured in e2e) and is
 * nearly free on a GPU. Ask a throwaway context which renderer this is.
 */
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
