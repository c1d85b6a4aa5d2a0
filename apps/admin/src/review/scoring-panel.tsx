import { formatArticleZh } from '@sme/domain';
import { useConfirmAction } from '@sme/ui';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { failureOf } from './mutation-result';
import { scoreProblem } from './score-bounds';
import { DeclareMutation, SubmitReviewMutation } from './review.queries';

type Criterion = { code: string; article: string; title: string; weight: number; maxScore: number };
type Props = {
  application: {
    id: string;
    status: string;
    rubric: readonly Criterion[];
    attestedConditions: readonly { code: string; article: string; message: string }[];
    myAssignment: {
      completedAt: unknown;
      recusedAt: unknown;
      conflictDeclaredAt: unknown;
      weightedScore: number | null;
      recommendation?: 'PASS' | 'FAIL' | null;
      comment?: string | null;
      scores?: readonly { criterion: string; score: number }[];
      attestationVerdicts?: readonly { code: string; confirmed: boolean }[];
    } | null;
  };
  onDone: () => void;
};

/** The reviewer's side: declare (no) conflict of interest first; then score every criterion,
 * confirm or reject each attested condition, comment and recommend. Until the decision, a
 * submitted review can be opened again, prefilled, and revised: the revision replaces it. */
export function ScoringPanel({ application, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const mine = application.myAssignment;
  const [, declare] = useMutation(DeclareMutation);
  const [, submit] = useMutation(SubmitReviewMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revising, setRevising] = useState(false);
  const [noteForm] = Form.useForm();
  const [form] = Form.useForm();
  const confirm = useConfirmAction();
  if (!mine) return null;
  if (mine.recusedAt) return <Alert type="info" showIcon title={t('review.scoring.recusedText')} />;
  const open = application.status === 'UNDER_REVIEW';
  if (mine.completedAt && !(revising && open)) {
    return (
      <Flex vertical gap={12} align="start" data-testid="review-submitted">
        <Alert
          type="success"
          showIcon
          title={t('review.scoring.submitted', { score: mine.weightedScore ?? '—' })}
          description={open ? t('review.scoring.revisable') : undefined}
        />
        {open ? (
          <Button
            onClick={() => {
              setFailure(null);
              setRevising(true);
            }}
          >
            {t('review.scoring.revise')}
          </Button>
        ) : null}
      </Flex>
    );
  }
  const isRevision = Boolean(mine.completedAt);

  const failureAlert = failure ? <Alert type="error" showIcon title={failure} data-testid="scoring-failure" /> : null;

  if (!mine.conflictDeclaredAt) {
    const send = async (hasConflict: boolean) => {
      setBusy(true);
      const note = (noteForm.getFieldValue('note') as string | undefined) || null;
      const problem = failureOf(
        await declare({ input: { applicationId: application.id, hasConflict, note } }),
        'declareConflictOfInterest',
      );
      setBusy(false);
      setFailure(problem);
      if (!problem) onDone();
    };
    return (
      <Card title={t('review.scoring.conflictTitle')} data-testid="conflict-declaration">
        <Flex vertical gap={12}>
          <Typography.Paragraph>{t('review.scoring.conflictText')}</Typography.Paragraph>
          {failureAlert}
          <Form form={noteForm} layout="vertical">
            <Form.Item name="note" label={t('review.scoring.conflictNote')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Form>
          <Flex gap={8} wrap>
            <Button type="primary" loading={busy} onClick={() => void send(false)}>
              {t('review.scoring.noConflict')}
            </Button>
            <Button loading={busy} onClick={() => void send(true)}>
              {t('review.scoring.conflict')}
            </Button>
          </Flex>
        </Flex>
      </Card>
    );
  }

  const onSubmit = async () => {
    const values = (await form.validateFields()) as Record<string, unknown>;
    confirm({
      title: t(isRevision ? 'review.scoring.confirmRevision' : 'review.scoring.confirmSubmit'),
      onOk: async () => {
        const scores = application.rubric.map((c) => ({ criterion: c.code, score: Number(values[`score_${c.code}`]) }));
        const attestationVerdicts = application.attestedConditions.map((a) => ({
          code: a.code,
          confirmed: values[`verdict_${a.code}`] === true,
        }));
        const problem = failureOf(
          await submit({
            input: {
              applicationId: application.id,
              scores,
              attestationVerdicts,
              recommendation: values.recommendation as 'PASS' | 'FAIL',
              comment: String(values.comment),
            },
          }),
          'submitReview',
        );
        setFailure(problem);
        if (!problem) {
          setRevising(false);
          onDone();
        }
      },
    });
  };
  // A revision starts from the reviewer's previous answers.
  const previous: Record<string, unknown> = isRevision
    ? {
        ...Object.fromEntries((mine.scores ?? []).map((s) => [`score_${s.criterion}`, s.score])),
        ...Object.fromEntries((mine.attestationVerdicts ?? []).map((v) => [`verdict_${v.code}`, v.confirmed])),
        recommendation: mine.recommendation ?? undefined,
        comment: mine.comment ?? undefined,
      }
    : {};
  const required = [{ required: true, message: t('review.actions.required') }];
  return (
    <Form form={form} layout="vertical" data-testid="scoring-form" initialValues={previous}>
      <Flex vertical gap={12}>
        {isRevision ? <Alert type="info" showIcon title={t('review.scoring.revising')} /> : null}
        {failureAlert}
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={[...application.rubric]}
          columns={[
            {
              key: 'title',
              title: t('review.scoring.criterion'),
              render: (_, c) =>
                i18n.language.startsWith('en')
                  ? `${c.title} (${c.article})`
                  : `${c.title}（${formatArticleZh(c.article)}）`,
            },
            { key: 'weight', title: t('review.scoring.weight'), render: (_, c) => Math.round(c.weight * 100) / 100 },
            {
              key: 'score',
              title: t('review.columns.score'),
              render: (_, c) => (
                <Form.Item
                  name={`score_${c.code}`}
                  // no min/max on the input: it would silently change 12 into 10; the rule says why instead
                  rules={[
                    ...required,
                    {
                      validator: async (_rule, value: unknown) => {
                        const problem = scoreProblem(value, c.maxScore);
                        if (problem) throw new Error(t(`review.scoring.${problem}`, { max: c.maxScore }));
                      },
                    },
                  ]}
                  style={{ margin: 0 }}
                >
                  <InputNumber
                    step={0.5}
                    aria-label={c.title}
                    addonAfter={t('review.scoring.max', { max: c.maxScore })}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
        {application.attestedConditions.length > 0 ? (
          <Card size="small" title={t('review.scoring.attestations')}>
            {application.attestedConditions.map((a) => (
              <Form.Item key={a.code} name={`verdict_${a.code}`} label={a.message} rules={required}>
                <Radio.Group
                  options={[
                    { value: true, label: t('review.scoring.confirmed') },
                    { value: false, label: t('review.scoring.rejected') },
                  ]}
                />
              </Form.Item>
            ))}
          </Card>
        ) : null}
        <Form.Item name="recommendation" label={t('review.scoring.recommendation')} rules={required}>
          <Radio.Group
            options={[
              { value: 'PASS', label: t('review.detail.rec.PASS') },
              { value: 'FAIL', label: t('review.detail.rec.FAIL') },
            ]}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('review.scoring.comment')} rules={required}>
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Flex gap={8} wrap>
          <Button type="primary" onClick={() => void onSubmit()} disabled={application.status !== 'UNDER_REVIEW'}>
            {t(isRevision ? 'review.scoring.submitRevision' : 'review.scoring.submit')}
          </Button>
          {isRevision ? <Button onClick={() => setRevising(false)}>{t('review.scoring.cancelRevision')}</Button> : null}
        </Flex>
      </Flex>
    </Form>
  );
}
