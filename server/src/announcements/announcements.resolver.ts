import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { announcementState } from '@linje/shared';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { Clock } from '../common/clock.js';
import {
  AnnouncementInput,
  AnnouncementModel,
  MajorIncidentOptionModel,
  PublishAnnouncementInput,
} from './announcements.models.js';
import { AnnouncementsService, type AnnouncementView } from './announcements.service.js';

@Resolver(() => AnnouncementModel)
export class AnnouncementsResolver {
  constructor(
    private readonly service: AnnouncementsService,
    private readonly clock: Clock,
  ) {}

  private toModel({ announcement: a, affectedCount, viewerAffected }: AnnouncementView) {
    return {
      id: a.id,
      tenantId: a.tenant.id,
      kind: a.kind,
      severity: a.severity,
      title: a.title,
      bodyHtml: a.bodyHtml,
      unitIds: a.unitIds,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      endedAt: a.endedAt ?? null,
      state: announcementState(a, this.clock.now()),
      incident: a.incident
        ? { id: a.incident.id, number: a.incident.number, status: a.incident.status }
        : null,
      affectedCount,
      viewerAffected,
    } satisfies AnnouncementModel;
  }

  @Query(() => [AnnouncementModel], {
    description: 'Announcements active now that concern the viewer (agents: every unit).',
  })
  async activeAnnouncements(@CurrentViewer() viewer: Viewer): Promise<AnnouncementModel[]> {
    return (await this.service.active(viewer)).map((v) => this.toModel(v));
  }

  @Query(() => [AnnouncementModel], {
    description: 'Current, coming and recently ended announcements of a municipality (agents).',
  })
  async announcements(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<AnnouncementModel[]> {
    return (await this.service.list(viewer, tenantId)).map((v) => this.toModel(v));
  }

  @Query(() => [MajorIncidentOptionModel], {
    description: 'Open major incidents of a municipality that an outage can be linked to (agents).',
  })
  async openMajorIncidents(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<MajorIncidentOptionModel[]> {
    return (await this.service.openMajorIncidents(viewer, tenantId)).map((t) => ({
      id: t.id,
      number: t.number,
      title: t.title,
    }));
  }

  @Mutation(() => [AnnouncementModel], {
    description: 'Publish an announcement (agents): one per municipality concerned.',
  })
  async publishAnnouncement(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => PublishAnnouncementInput }) input: PublishAnnouncementInput,
  ): Promise<AnnouncementModel[]> {
    return (await this.service.publish(viewer, input)).map((v) => this.toModel(v));
  }

  @Mutation(() => AnnouncementModel, { description: 'Change an announcement (agents).' })
  async updateAnnouncement(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AnnouncementInput }) input: AnnouncementInput,
  ): Promise<AnnouncementModel> {
    return this.toModel(await this.service.update(viewer, id, input));
  }

  @Mutation(() => AnnouncementModel, { description: 'Stop showing an announcement now (agents).' })
  async endAnnouncement(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AnnouncementModel> {
    return this.toModel(await this.service.end(viewer, id));
  }

  @Mutation(() => AnnouncementModel, {
    description:
      'Say that an outage linked to a major incident affects you too, instead of filing a ticket. Idempotent.',
  })
  async joinAnnouncementAsAffected(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AnnouncementModel> {
    return this.toModel(await this.service.joinAsAffected(viewer, id));
  }
}
