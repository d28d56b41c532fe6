import { BULLETIN_PERIOD_KIND_LABELS, type BulletinPeriodKind } from '@bizenv/shared';
import { App, Button, Flex, Radio, Select } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { useGenerateBulletin } from '../api/generate-bulletin';
import { currentChinaMonth, selectablePeriods } from './periods';

/** The office picks a month or a quarter and generates (or regenerates) its bulletin. */
export function GenerateForm({ code }: { code: string }) {
  const { message } = App.useApp();
  const generate = useGenerateBulletin(code);
  const [kind, setKind] = useState<BulletinPeriodKind>('month');
  const options = useMemo(() => selectablePeriods(kind, currentChinaMonth()), [kind]);
  // Last month by default: the current month's reports are usually not all due yet.
  const [period, setPeriod] = useState<string>(options[1]!.value);

  const changeKind = (next: BulletinPeriodKind) => {
    setKind(next);
    setPeriod(selectablePeriods(next, currentChinaMonth())[next === 'month' ? 1 : 0]!.value);
  };

  return (
    <Flex gap={12} wrap align="center" aria-label="生成通报">
      <Radio.Group
        value={kind}
        onChange={(event) => changeKind(event.target.value as BulletinPeriodKind)}
        optionType="button"
        options={(['month', 'quarter'] as const).map((value) => ({
          value,
          label: `${BULLETIN_PERIOD_KIND_LABELS[value]}通报`,
        }))}
      />
      <Select
        aria-label="通报期间"
        style={{ width: 180 }}
        value={period}
        onChange={setPeriod}
        options={options}
      />
      <Button
        type="primary"
        loading={generate.isPending}
        onClick={() =>
          generate.mutate(
            { periodKind: kind, period },
            {
              onSuccess: (bulletin) => void message.success(`已生成：${bulletin.title}`),
              onError: (error) => void message.error(errorMessage(error)),
            },
          )
        }
      >
        生成通报
      </Button>
    </Flex>
  );
}
