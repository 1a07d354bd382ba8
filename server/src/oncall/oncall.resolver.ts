import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import type { OnCallPeriod } from './on-call-period.entity.js';
import {
  AnnounceItAbsenceInput,
  ItAbsenceModel,
  OnCallPeriodModel,
  ScheduleOnCallInput,
} from './oncall.models.js';
import { OnCallService } from './oncall.service.js';

function toModel(p: OnCallPeriod): OnCallPeriodModel {
  return {
    id: p.id,
    tenantId: p.tenant.id,
    unitIds: p.unitIds,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    personIds: p.personIds,
    phone: p.phone,
    note: p.note,
  };
}

@Resolver(() => OnCallPeriodModel)
export class OnCallResolver {
  constructor(private readonly onCall: OnCallService) {}

  @Query(() => [OnCallPeriodModel], { description: 'Current and coming on-call periods.' })
  async onCallPeriods(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<OnCallPeriodModel[]> {
    return (await this.onCall.upcoming(viewer, tenantId)).map(toModel);
  }

  @Mutation(() => [OnCallPeriodModel], {
    description:
      'Schedule and announce an on-call period (IT lead): one period per municipality covered.',
  })
  async scheduleOnCall(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ScheduleOnCallInput }) input: ScheduleOnCallInput,
  ): Promise<OnCallPeriodModel[]> {
    return (await this.onCall.schedule(viewer, input)).map(toModel);
  }

  @Mutation(() => ItAbsenceModel, {
    description: 'Announce IT absence or reduced availability (IT lead).',
  })
  async announceItAbsence(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => AnnounceItAbsenceInput }) input: AnnounceItAbsenceInput,
  ): Promise<ItAbsenceModel> {
    if (input.kind !== 'ABSENT' && input.kind !== 'REDUCED') {
      throw AppError.badInput('Say whether IT is absent or has reduced availability.', [
        { field: 'kind', code: 'INVALID_KIND', message: 'must be ABSENT or REDUCED' },
      ]);
    }
    const a = await this.onCall.announceAbsence(viewer, { ...input, kind: input.kind });
    return { id: a.id, startsAt: a.startsAt, endsAt: a.endsAt, kind: a.kind, note: a.note };
  }
}
