/** Imported first by main.tsx: the model worker starts before React and three.js evaluate (early-start.ts). */
import { startModelWorkerEarly } from './early-start.ts';

startModelWorkerEarly();
