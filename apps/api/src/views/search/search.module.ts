import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** One search across the catalogue and the organisation's teams. */
@Module({
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
