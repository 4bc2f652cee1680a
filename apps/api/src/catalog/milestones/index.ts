export { CreateTeamMilestoneInput, TeamMilestoneObject } from './dto/team-milestone.object.js';
export { TeamMilestone } from './team-milestone.entity.js';
