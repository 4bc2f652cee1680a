export {
  decodeCursor,
  decodeTextCursor,
  encodeCursor,
  encodeTextCursor,
  isPastCursor,
  keysetColumns,
  keysetPageKey,
  pageSize,
} from './cursor.js';
export type { KeysetPage, Position, TextPosition } from './cursor.js';
export { DateTimeScalar } from './date-time.scalar.js';
export type { GraphQLContext } from './graphql-context.js';
export { IdArg, IdListArg, IsId, OptionalIdArg, isId } from './ids.js';
export { AtMost, ConnectionNodes, PageArg, PagedBy } from './list-size.js';
export { PageInfoObject } from './page-info.object.js';
export { costRefusal, queryCostPlugin } from './query-cost.js';
export { Loaders, RequestLoaders, groupBy, indexBy } from './request-loaders.js';
export type { BatchLoad } from './request-loaders.js';
export { IsEmailAddress, IsPassword, IsText, IsTextList, IsWhole, requireText } from './validation.js';
