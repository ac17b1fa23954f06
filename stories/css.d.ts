// Stories import plain CSS files for their side effects (Vite adds them to the page).
declare module '*.css';
