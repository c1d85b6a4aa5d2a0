// The application editor, shown on /applications/:id while the facts may change
// (EDITABLE_STATUSES.facts: DRAFT, RETURNED).
//
// Stable handles for browser tests (Chinese UI), all accessible names or test ids:
//   steps            role "button"/tab in the Steps bar named 服务功能 · 基本条件 · 功能要求 · 声明事项 · 申报材料 · 核对提交;
//                    buttons 上一步 / 下一步
//   fields           labels as shown, e.g. 成立日期, 资产总额（万元）, 上一年度服务中小企业数量（家）, 用户满意度（%）,
//                    从事为中小企业服务的人员（人）; per function "<功能名>：<字段>", e.g. 培训服务：年培训人次;
//                    yes/no as checkboxes named by their text, e.g. 具有独立法人资格
//   save state       test id "save-state" (data-state clean|dirty|saving|failed|invalid|conflict|notEditable)
//   conflict         test id "save-conflict" with buttons 重新加载（放弃本页修改） / 以本页内容覆盖保存
//   live panel       test id "eligibility-panel" (data-eligible true|false); each check "eligibility-check" (data-code, data-status)
//   materials        test id "material-kind" (data-kind=FUNCTION_CATEGORY_FORM…, data-uploaded) holding a file input
//                    (test id "material-upload"); errors "material-error"; current version "material-current"
//   submit           checkbox named by the declaration text (starts 本单位郑重声明); button 提交申报 (重新提交 when returned);
//                    refusals test id "submit-refusal" (data-code, data-article), shown on the step where they are fixed
import {
  checkEligibility,
  MATERIAL_KIND_NAMES,
  materialKindByName,
  todayInShanghai,
  type ServiceFunction,
} from '@sme/domain';
import { formatDateTime } from '@sme/ui';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Steps, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  ResubmitApplicationMutation,
  SubmitApplicationMutation,
  type EditorApplication,
} from './application-editor.queries';
import { EDITOR_STEPS, stepOfRefusal, type EditorStep, type Refusal } from './editor-steps';
import { EligibilityPanel, panelResultOf } from './eligibility-panel';
import { eligibilityFactsOf, formValuesOf, type FactsFormValues } from './facts-form';
import { AttestationsStep, BasicStep, FunctionFactsStep, FunctionsStep } from './facts-steps';
import { MaterialsStep } from './materials-step';
import { PrintableForms } from '../membership/printable-forms';
import { MembershipNotice, useMembershipState } from '../membership/membership-notice';
import { withFormFigures } from './panel-figures';
import { SubmitBlockers } from './submit-blockers-list';
import { submitBlockers } from './submit-blockers';
import { useAutosave, type SaveState } from './use-autosave';
import { articleLabel } from '../i18n/article-label';

export type ApplicationEditorProps = {
  application: EditorApplication;
  /** Reads the application again from the server and restarts the editor on it. */
  onReload: () => Promise<void>;
  /** Something changed on the server (an upload, a submission): read the application again. */
  onChanged: () => void;
};

function initialValues(application: EditorApplication): FactsFormValues {
  const values = formValuesOf(application.facts as never, application.functions);
  // a first draft starts from what the organisation registered
  if (!application.facts) {
    values.organisationKind = application.organisation.kind ?? null;
    values.foundedOn = application.organisation.foundedOn ?? null;
  }
  return values;
}

export function ApplicationEditor({ application, onReload, onChanged }: ApplicationEditorProps) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FactsFormValues>();
  const membership = useMembershipState();
  const [initial] = useState(() => initialValues(application));
  const [step, setStep] = useState<EditorStep>('functions');
  const autosave = useAutosave({
    applicationId: application.id,
    version: application.version,
    savedAt: application.facts?.savedAt ?? null,
    form,
  });
  const watched = Form.useWatch([], { form, preserve: true }) as FactsFormValues | undefined;
  const values = watched ?? initial;
  const today = todayInShanghai(new Date());
  const facts = useMemo(() => eligibilityFactsOf({ ...initial, ...values }, today), [initial, values, today]);
  const live = useMemo(() => checkEligibility(facts), [facts]);
  const panel = withFormFigures(panelResultOf(live, i18n.language), facts, i18n.language);
  const [refusal, setRefusal] = useState<(Refusal & { step: EditorStep }) | null>(null);
  const [declared, setDeclared] = useState(false);
  const [declarationError, setDeclarationError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [, submit] = useMutation(SubmitApplicationMutation);
  const [, resubmit] = useMutation(ResubmitApplicationMutation);
  const returned = application.status === 'RETURNED';
  const returnEntry = [...application.timeline].reverse().find((e) => e.action === 'return');
  const chosen = (values.functions ?? initial.functions) as ServiceFunction[];
  const index = EDITOR_STEPS.indexOf(step);

  const goTo = (next: EditorStep) => {
    setStep(next);
    // the step's heading gets focus so keyboard and screen-reader users land on it
    requestAnimationFrame(() =>
      document.getElementById(`step-${next === 'functionFacts' ? 'function-facts' : next}-title`)?.focus(),
    );
  };

  // Submission freezes the facts, the materials and the eligibility result: ask once, saying so.
  const confirmSend = () => {
    setRefusal(null);
    setDeclarationError(null);
    if (!declared) {
      setDeclarationError(t('applicant.submit.declarationRequired'));
      return;
    }
    void modal.confirm({
      title: returned ? t('guide.confirmSubmit.resubmitTitle') : t('guide.confirmSubmit.title'),
      content: <span data-testid="submit-confirm-body">{t('guide.confirmSubmit.body')}</span>,
      okText: returned ? t('applicant.submit.resubmit') : t('guide.confirmSubmit.ok'),
      cancelText: t('ui.confirm.cancel'),
      onOk: () => send(),
    });
  };

  const send = async () => {
    setSubmitting(true);
    try {
      await autosave.flush();
      const saved = autosave.current.current.kind;
      if (saved === 'conflict' || saved === 'notEditable' || saved === 'invalid') return;
      const version = autosave.version.current;
      const result = returned
        ? await resubmit({ input: { applicationId: application.id, version, note: note.trim() || null } })
        : await submit({ input: { applicationId: application.id, version, declarationAccepted: true } });
      if (result.error) {
        setRefusal({
          code: 'REQUEST_FAILED',
          article: '',
          message: result.error.graphQLErrors[0]?.message ?? result.error.message,
          step: 'submit',
        });
        return;
      }
      const outcome =
        result.data &&
        ('submitApplication' in result.data ? result.data.submitApplication : result.data.resubmitApplication);
      if (!outcome) return;
      switch (outcome.__typename) {
        case 'SubmitApplicationSuccess':
        case 'ResubmitApplicationSuccess':
          void message.success(returned ? t('applicant.submit.resubmitted') : t('applicant.submit.submitted'));
          onChanged();
          return;
        case 'RuleViolationError': {
          if (outcome.code === 'DECLARATION_REQUIRED') {
            setDeclarationError(
              t('applicant.submit.refusedWithArticle', {
                message: outcome.message,
                article: articleLabel(outcome.article, i18n.language),
              }),
            );
            return;
          }
          const where = stepOfRefusal(
            outcome,
            panel.checks.filter((c) => !c.passed),
          );
          setRefusal({ code: outcome.code, article: outcome.article, message: outcome.message, step: where });
          if (where !== 'submit') goTo(where);
          return;
        }
        case 'ConflictError':
          setRefusal({ code: 'CONFLICT', article: '', message: outcome.message, step: 'submit' });
          return;
        case 'ValidationError':
        case 'NotFoundError':
          setRefusal({ code: outcome.__typename, article: '', message: outcome.message, step: 'submit' });
          return;
        default:
          outcome satisfies never;
      }
    } finally {
      setSubmitting(false);
    }
  };

  const refusalHere = refusal && refusal.step === step ? <RefusalAlert refusal={refusal} /> : null;
  const missingNames = application.missingMaterials.map((kind) => {
    const n = materialKindByName(kind);
    return n ? MATERIAL_KIND_NAMES[n][i18n.language.startsWith('en') ? 'en' : 'zhCN'] : kind;
  });

  return (
    <Flex vertical gap={16}>
      <MembershipNotice state={membership} />
      {returned ? (
        <Alert
          type="warning"
          showIcon
          title={t('applicant.submit.returnedTitle')}
          description={returnEntry?.note ? t('applicant.submit.returnedNote', { note: returnEntry.note }) : undefined}
          data-testid="returned-note"
        />
      ) : null}
      <SaveConflict state={autosave.state} onReload={onReload} onOverwrite={() => void autosave.overwrite()} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small">
            <Flex vertical gap={16}>
              <nav aria-label={t('applicant.steps.label')}>
                {/* titles under the icons, each wrapping between words only: at 1366 px in English
                    "Functions" and "Materials" stay whole */}
                <Steps
                  size="small"
                  current={index}
                  titlePlacement="vertical"
                  onChange={(i) => goTo(EDITOR_STEPS[i] ?? 'functions')}
                  items={EDITOR_STEPS.map((s) => ({
                    title: (
                      <span
                        data-testid="step-title"
                        style={{
                          display: 'inline-block',
                          wordBreak: 'keep-all',
                          overflowWrap: 'normal',
                          hyphens: 'manual',
                        }}
                      >
                        {t(`applicant.steps.${s}`)}
                      </span>
                    ),
                  }))}
                  responsive
                />
              </nav>
              <SaveIndicator state={autosave.state} onRetry={() => void autosave.flush()} />
              {refusalHere}
              <Form<FactsFormValues>
                form={form}
                name="application-facts"
                layout="vertical"
                initialValues={initial}
                preserve
                onValuesChange={() => autosave.schedule()}
                onFinish={() => undefined}
              >
                {step === 'functions' ? <FunctionsStep /> : null}
                {step === 'basic' ? <BasicStep /> : null}
                {step === 'functionFacts' ? <FunctionFactsStep functions={chosen} /> : null}
                {step === 'attestations' ? <AttestationsStep /> : null}
              </Form>
              {step === 'materials' ? (
                <PrintableForms applicationId={application.id} factsSaved={Boolean(application.facts?.savedAt)} />
              ) : null}
              {step === 'materials' ? (
                <MaterialsStep
                  applicationId={application.id}
                  materials={application.materials}
                  editable
                  onUploaded={onChanged}
                />
              ) : null}
              {step === 'submit' ? (
                <section aria-labelledby="step-submit-title">
                  <Typography.Title level={2} style={{ fontSize: 18 }} id="step-submit-title" tabIndex={-1}>
                    {t('applicant.submit.title')}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary">{t('applicant.submit.hint')}</Typography.Paragraph>
                  <Flex vertical gap={12}>
                    {/* one list of what still blocks submission, before the declaration and the button */}
                    <SubmitBlockers
                      blockers={submitBlockers({
                        membership,
                        missingMaterials: missingNames,
                        eligible: live.eligible,
                        failedChecks: panel.checks.filter((c) => !c.passed).length,
                      })}
                      onGoTo={goTo}
                    />
                    <div>
                      <Checkbox
                        checked={declared}
                        onChange={(e) => {
                          setDeclared(e.target.checked);
                          if (e.target.checked) setDeclarationError(null);
                        }}
                        aria-invalid={declarationError ? true : undefined}
                        aria-describedby={declarationError ? 'declaration-error' : undefined}
                        data-testid="declaration"
                      >
                        {t('applicant.submit.declaration')}
                      </Checkbox>
                      {declarationError ? (
                        <Typography.Text
                          type="danger"
                          id="declaration-error"
                          role="alert"
                          style={{ display: 'block', marginTop: 4 }}
                          data-testid="declaration-error"
                        >
                          {declarationError}
                        </Typography.Text>
                      ) : null}
                    </div>
                    {returned ? (
                      <label>
                        <Typography.Text>{t('applicant.submit.resubmitNote')}</Typography.Text>
                        <Input.TextArea
                          rows={3}
                          maxLength={4000}
                          value={note}
                          onChange={(e) => setNote(e.target.value)}
                        />
                      </label>
                    ) : null}
                    <div>
                      <Button type="primary" size="large" loading={submitting} onClick={confirmSend}>
                        {returned ? t('applicant.submit.resubmit') : t('applicant.submit.submit')}
                      </Button>
                    </div>
                  </Flex>
                </section>
              ) : null}
              <Flex gap={8} justify="space-between">
                <Button disabled={index === 0} onClick={() => goTo(EDITOR_STEPS[index - 1] ?? 'functions')}>
                  {t('applicant.steps.previous')}
                </Button>
                {index < EDITOR_STEPS.length - 1 ? (
                  <Button type="primary" ghost onClick={() => goTo(EDITOR_STEPS[index + 1] ?? 'submit')}>
                    {t('applicant.steps.next')}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <div style={{ position: 'sticky', top: 16 }}>
            <EligibilityPanel result={panel} hint={t('applicant.panel.hint', { today })} onGoTo={goTo} />
          </div>
        </Col>
      </Row>
    </Flex>
  );
}

function RefusalAlert({ refusal }: { refusal: Refusal }) {
  const { t, i18n } = useTranslation();
  const article = refusal.article ? articleLabel(refusal.article, i18n.language) : '';
  const title =
    article && !refusal.message.includes(article)
      ? t('applicant.submit.refusedWithArticle', { message: refusal.message, article })
      : t('applicant.submit.refused', { message: refusal.message });
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={refusal.code === 'NOT_A_MEMBER' ? t('applicant.submit.membershipHint') : undefined}
      data-testid="submit-refusal"
      data-code={refusal.code}
      data-article={refusal.article}
    />
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  let text: string;
  let type: 'secondary' | 'danger' | 'warning' | undefined = 'secondary';
  switch (state.kind) {
    case 'clean':
      text = state.savedAt
        ? t('applicant.save.saved', { time: formatDateTime(state.savedAt) })
        : t('applicant.save.never');
      break;
    case 'dirty':
      text = t('applicant.save.unsaved');
      break;
    case 'saving':
      text = t('applicant.save.saving');
      break;
    case 'failed':
      text = t('applicant.save.failed', { message: state.message });
      type = 'danger';
      break;
    case 'invalid':
      text = t('applicant.save.invalid', { message: state.message });
      type = 'warning';
      break;
    case 'conflict':
      text = t('applicant.save.conflictTitle');
      type = 'danger';
      break;
    case 'notEditable':
      text = t('applicant.save.notEditable', { message: state.message });
      type = 'danger';
      break;
    default:
      state satisfies never;
      text = '';
  }
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type={type} role="status" aria-live="polite" data-testid="save-state" data-state={state.kind}>
        {text}
      </Typography.Text>
      {state.kind === 'failed' ? (
        <Button size="small" onClick={onRetry}>
          {t('applicant.save.retry')}
        </Button>
      ) : null}
    </Flex>
  );
}

function SaveConflict({
  state,
  onReload,
  onOverwrite,
}: {
  state: SaveState;
  onReload: () => Promise<void>;
  onOverwrite: () => void;
}) {
  const { t } = useTranslation();
  const [reloading, setReloading] = useState(false);
  if (state.kind !== 'conflict') return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="save-conflict"
      title={t('applicant.save.conflictTitle')}
      description={
        <Flex vertical gap={8}>
          <span>{t('applicant.save.conflictBody', { expected: state.expected, actual: state.actual })}</span>
          <Flex gap={8} wrap>
            <Button
              type="primary"
              loading={reloading}
              onClick={() => {
                setReloading(true);
                void onReload().finally(() => setReloading(false));
              }}
            >
              {t('applicant.save.reload')}
            </Button>
            <Button onClick={onOverwrite}>{t('applicant.save.keepMine')}</Button>
          </Flex>
        </Flex>
      }
    />
  );
}
