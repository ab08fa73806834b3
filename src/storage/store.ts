import type { NoteCipher } from '../security/note-cipher.js';
import { ReaderKeys } from '../security/reader-key.js';
import { AcknowledgedWorkRepository } from './acknowledged-work.js';
import { AuditLogRepository } from './audit-log.js';
import { CheckInRepository } from './check-ins.js';
import { CheckInSessionRepository } from './check-in-sessions.js';
import { CommunityRepository } from './communities.js';
import { EscalationRepository } from './escalations.js';
import type { Database } from './database.js';
import { MemberFiles } from './member-files.js';
import { MemberRepository } from './members.js';
import { NameDisclosureRepository } from './name-disclosures.js';
import { OutboxRepository } from './outbox.js';
import { PairingRepository } from './pairings.js';
import { RoundChanges } from './round-changes.js';
import { DebriefRequestRepository } from './debrief-requests.js';
import { ReflectionRepository } from './reflections.js';
import { SlackInstallationRepository } from './slack-installations.js';
import { SeenDeliveryRepository } from './seen-deliveries.js';
import { TopicViewRepository } from './topic-views.js';
import { CommunityTopicRepository, TopicReaderRepository } from './community-topics.js';

/** Every repository over one database: what the core and commands are given. */
export class Store {
  readonly communities: CommunityRepository;
  readonly members: MemberRepository;
  readonly checkIns: CheckInRepository;
  readonly checkInSessions: CheckInSessionRepository;
  readonly reflections: ReflectionRepository;
  readonly topicViews: TopicViewRepository;
  /** A community's own principles and the built-in ones it hid. */
  readonly communityTopics: CommunityTopicRepository;
  readonly topicReaders: TopicReaderRepository;
  readonly outbox: OutboxRepository;
  readonly escalations: EscalationRepository;
  readonly audit: AuditLogRepository;
  readonly nameDisclosures: NameDisclosureRepository;
  readonly slackInstallations: SlackInstallationRepository;
  /** Discord interactions claimed by some process, so each is handled once (Slack re-sends: acknowledgedWork). */
  readonly seenDeliveries: SeenDeliveryRepository;
  readonly pairings: PairingRepository;
  readonly debriefRequests: DebriefRequestRepository;
  readonly roundChanges: RoundChanges;
  readonly acknowledgedWork: AcknowledgedWorkRepository;

  constructor(
    readonly database: Database,
    readonly cipher: NoteCipher,
    /** Files handed to members on this machine (the terminal's saved exports); none by default. */
    readonly files: MemberFiles = new MemberFiles(),
  ) {
    const { prisma } = database;
    this.communities = new CommunityRepository(prisma);
    this.members = new MemberRepository(prisma);
    this.checkIns = new CheckInRepository(prisma, cipher);
    this.checkInSessions = new CheckInSessionRepository(prisma, cipher);
    this.reflections = new ReflectionRepository(prisma);
    this.topicViews = new TopicViewRepository(prisma);
    this.communityTopics = new CommunityTopicRepository(prisma);
    this.topicReaders = new TopicReaderRepository(prisma, new ReaderKeys(cipher), this.topicViews);
    this.outbox = new OutboxRepository(prisma);
    this.escalations = new EscalationRepository(prisma);
    this.audit = new AuditLogRepository(prisma);
    this.nameDisclosures = new NameDisclosureRepository(prisma);
    this.slackInstallations = new SlackInstallationRepository(prisma, cipher);
    this.seenDeliveries = new SeenDeliveryRepository(prisma);
    this.pairings = new PairingRepository(prisma);
    this.debriefRequests = new DebriefRequestRepository(prisma);
    this.roundChanges = new RoundChanges(prisma);
    this.acknowledgedWork = new AcknowledgedWorkRepository(prisma, cipher, database.quick);
  }
}
