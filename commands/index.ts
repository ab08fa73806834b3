import type { AnyCommand } from '../src/core/command.js';
import { checkin } from './checkin.js';
import { community } from './community.js';
import { digest } from './digest.js';
import { escalations } from './escalations.js';
import { help } from './help.js';
import { mydata } from './mydata.js';
import { mytrends } from './mytrends.js';
import { principle } from './principle.js';
import { settings } from './settings.js';
import { support } from './support.js';
import { debrief } from './debrief.js';

/** Every command, in the order /help lists them. Each adapter registers these. */
export const commands: readonly AnyCommand[] = [checkin, mytrends, principle, debrief, settings, support, mydata, help, digest, escalations, community];
