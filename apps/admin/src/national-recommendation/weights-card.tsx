import { formatDateTime, useConfirmAction, EmptyText } from '@sme/ui';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, List, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import { formatScore, weightsLine } from './ranking-columns';
import { SetWeightsMutation, WeightsQuery } from './ranking.queries';

type Values = { weights: Record<string, number>; note?: string };

/** Art. 14: the weights in force, changed by an administrator (each change kept), and the record
 * of the rankings recommendations were made from, each with the weights it used. */
export function WeightsCard({ year, reload, onChanged }: { year: number; reload: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirm = useConfirmAction();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WeightsQuery,
    variables: { year },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: saving }, save] = useMutation(SetWeightsMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const weights = data?.recommendationWeights;

  useEffect(() => {
    if (reload > 0) reexecute({ requestPolicy: 'network-only' });
  }, [reload, reexecute]);
  useEffect(() => {
    if (weights)
      form.setFieldsValue({ weights: Object.fromEntries(weights.components.map((c) => [c.name, c.weight])) });
  }, [weights, form]);

  const submit = (values: Values) =>
    confirm({
      title: t('nationalRecommendation.weights.confirm'),
      description: t('nationalRecommendation.weights.confirmDescription'),
      names: (weights?.components ?? []).map((c) => `${c.label} ${formatScore(values.weights[c.name] ?? c.weight)}`),
      okText: t('nationalRecommendation.weights.save'),
      onOk: async () => {
        const problem = failureOf(
          await save({
            input: {
              weights: (weights?.components ?? []).map((c) => ({ name: c.name, weight: values.weights[c.name] ?? 0 })),
              note: values.note?.trim() || null,
            },
          }),
          'setRecommendationWeights',
        );
        setFailure(problem);
        if (problem) return;
        void message.success(t('nationalRecommendation.weights.saved'));
        form.setFieldValue('note', '');
        reexecute({ requestPolicy: 'network-only' });
        onChanged();
      },
    });

  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('nationalRecommendation.weights.title')}</h2>}>
      {error ? <Alert type="error" showIcon title={error.message} /> : null}
      {!weights ? (
        fetching ? (
          <Skeleton active />
        ) : null
      ) : (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('nationalRecommendation.weights.description')}
          </Typography.Paragraph>
          <Typography.Text data-testid="weights-in-force">
            {weights.isDefault
              ? t('nationalRecommendation.weights.currentDefault')
              : t('nationalRecommendation.weights.current', {
                  version: weights.version,
                  setBy: weights.setBy ?? '—',
                  at: formatDateTime(weights.setAt),
                })}
          </Typography.Text>
          {failure ? <Alert type="error" showIcon title={failure} data-testid="weights-failure" /> : null}
          <Form<Values> form={form} layout="vertical" name="recommendation-weights" onFinish={submit}>
            <Flex gap={16} wrap>
              {weights.components.map((c) => (
                <Form.Item
                  key={c.name}
                  name={['weights', c.name]}
                  label={c.label}
                  extra={t('nationalRecommendation.weights.defaultWeight', { weight: formatScore(c.defaultWeight) })}
                  rules={[
                    {
                      required: true,
                      type: 'number',
                      min: 0,
                      max: 100,
                      message: t('nationalRecommendation.weights.invalid'),
                    },
                  ]}
                  style={{ marginBottom: 8 }}
                >
                  <InputNumber min={0} max={100} step={5} style={{ width: 120 }} />
                </Form.Item>
              ))}
            </Flex>
            <Form.Item name="note" label={t('nationalRecommendation.weights.note')}>
              <Input maxLength={2000} />
            </Form.Item>
            <Button htmlType="submit" loading={saving} data-testid="weights-save">
              {t('nationalRecommendation.weights.save')}
            </Button>
          </Form>
          <List
            size="small"
            header={<Typography.Text strong>{t('nationalRecommendation.weights.history')}</Typography.Text>}
            dataSource={data?.recommendationRankings ?? []}
            locale={{ emptyText: <EmptyText>{t('nationalRecommendation.weights.noHistory')}</EmptyText> }}
            data-testid="ranking-record"
            renderItem={(r) => (
              <List.Item>
                {t('nationalRecommendation.weights.historyEntry', {
                  at: formatDateTime(r.rankedAt),
                  actor: r.rankedBy,
                  version: r.weightsVersion,
                  weights: weightsLine(r.weights, t('nationalRecommendation.weights.separator')),
                })}
              </List.Item>
            )}
          />
        </Flex>
      )}
    </Card>
  );
}
