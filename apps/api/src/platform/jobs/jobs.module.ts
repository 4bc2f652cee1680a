import { Global, Module } from '@nestjs/common';
import { Jobs } from './jobs.service.js';

/** One job runner per process, shared by every capability that sends or works jobs. */
@Global()
@Module({ providers: [Jobs], exports: [Jobs] })
export class JobsModule {}
