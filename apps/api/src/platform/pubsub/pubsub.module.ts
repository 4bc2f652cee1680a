import { Module } from '@nestjs/common';
import { Broadcasts } from './broadcasts.js';

/** One pub/sub for the whole process: every capability that imports this module shares its connections. */
@Module({ providers: [Broadcasts], exports: [Broadcasts] })
export class PubSubModule {}
