export { JobsModule } from './jobs.module.js';
export { Jobs, JOBS_SCHEMA, type JobHandler, type JobOptions, type WorkerOptions } from './jobs.service.js';
