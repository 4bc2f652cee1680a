export { Redemption } from './redemption.entity.js';
export { RedemptionObject } from './dto/redemption.object.js';
export { RedemptionsService } from './redemptions.service.js';
export { Reward } from './reward.entity.js';
export { RewardObject } from './dto/reward.object.js';
export { RewardsModule } from './rewards.module.js';
export { RewardsService } from './rewards.service.js';
