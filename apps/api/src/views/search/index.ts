export { SearchModule } from './search.module.js';
export { SearchTerm } from './search-term.entity.js';
