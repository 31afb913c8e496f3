/**
 * The popup's module entry: the styles, then the React app (main.tsx) once the remembered first screen
 * is on screen or known to be missing (entrypoints/popup-shell.ts), so that compiling the app does not
 * delay it. React takes over from the snapshot with the live list.
 */
import '@/components/theme.css';
import './popup.css';

void (globalThis.shagymShell ?? Promise.resolve(false)).then(() => import('./main'));
