export { CustomerFeedback } from './customer-feedback.entity.js';
export { FeedbackModule } from './feedback.module.js';
export { FeedbackService } from './feedback.service.js';
export { CustomerFeedbackObject } from './dto/customer-feedback.object.js';
export { FeedbackSummaryObject } from './dto/feedback-summary.object.js';
export { FeedbackInsightsService } from './feedback-insights.service.js';
