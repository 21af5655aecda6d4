/**
 * Browser Worker entry. The model package already exposes its comlink API
 * (solve, ping) and installs an error serializer that keeps ModelParamsError
 * fields; importing it is all this file has to do.
 */
import '@lumbo/model/worker/browser';
