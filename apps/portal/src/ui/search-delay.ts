/** How long typing must pause before a search is sent: the pickers' and the shell's search alike. */
export const SEARCH_DELAY_MS = 250;
