import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EditorStep } from './editor-steps';
import type { SubmitBlocker } from './submit-blockers';

/** The submit step's list of what still blocks submission, each with where to fix it. */
export function SubmitBlockers({
  blockers,
  onGoTo,
}: {
  blockers: readonly SubmitBlocker[];
  onGoTo: (step: EditorStep) => void;
}) {
  const { t, i18n } = useTranslation();
  const separator = i18n.language.startsWith('en') ? ', ' : '、';
  if (blockers.length === 0)
    return (
      <Alert type="success" showIcon title={t('guide.blockers.none')} data-testid="submit-blockers" data-count={0} />
    );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="submit-blockers"
      data-count={blockers.length}
      title={t('guide.blockers.title')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {blockers.map((b) => (
            <li key={b.kind} data-kind={b.kind}>
              <Flex gap={8} wrap align="baseline">
                <span>
                  {b.kind === 'membership'
                    ? t('guide.blockers.membership')
                    : b.kind === 'membershipPending'
                      ? t('guide.blockers.membershipPending')
                      : b.kind === 'materials'
                        ? t('guide.blockers.materials', { names: b.names.join(separator) })
                        : t('guide.blockers.eligibility', { count: b.count })}
                </span>
                {b.kind === 'membership' || b.kind === 'membershipPending' ? (
                  <Link to="/membership">{t('guide.blockers.goMembership')}</Link>
                ) : b.kind === 'materials' ? (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onGoTo('materials')}>
                    {t('guide.blockers.goMaterials')}
                  </Button>
                ) : null}
              </Flex>
            </li>
          ))}
        </ul>
      }
    />
  );
}
