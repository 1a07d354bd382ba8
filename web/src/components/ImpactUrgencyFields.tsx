import { NativeSelect } from '@mantine/core';
import { IMPACTS, URGENCIES } from '@linje/shared';
import { useTranslation } from 'react-i18next';
import type { Impact, Urgency } from '../gql/graphql';

/** Who is affected and how urgent it is: the two inputs of the municipality's priority matrix. */
export function ImpactUrgencyFields(props: {
  impact: Impact;
  urgency: Urgency;
  onImpactChange: (impact: Impact) => void;
  onUrgencyChange: (urgency: Urgency) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t('portal.impactLabel')}
        value={props.impact}
        onChange={(e) => props.onImpactChange(e.currentTarget.value as Impact)}
        data={IMPACTS.map((i) => ({ value: i, label: t(`portal.impacts.${i}`) }))}
      />
      <NativeSelect
        label={t('portal.urgencyLabel')}
        value={props.urgency}
        onChange={(e) => props.onUrgencyChange(e.currentTarget.value as Urgency)}
        data={URGENCIES.map((u) => ({ value: u, label: t(`portal.urgencies.${u}`) }))}
      />
    </>
  );
}
