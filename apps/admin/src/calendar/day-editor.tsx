import { describeRequestError, FormModal, toLocale, useRevalidateOnLanguageChange } from '@sme/ui';
import { App, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CALENDAR_CONTEXT, SetWorkingDayMutation, type CalendarDay, type WorkingDayOverride } from './calendar.query';
import { localisedNote, repeatsKind } from './day-source';
import type { IsoDate } from './month-grid';

const NOTE_MAX = 200;

type DayEditorProps = {
  date: IsoDate;
  /** The day's year is still loading: the dialog opens at once, the form when the day is known. */
  loading: boolean;
  /** How the calendar counts the day now, when that year is loaded. */
  day: CalendarDay | undefined;
  override: WorkingDayOverride | undefined;
  onClose: () => void;
};

type Values = { isWorkingDay: boolean; note: string };

/** Sets one day as worked or not, with the source of the change (Art. 8). */
export function DayEditor({ loading, ...props }: DayEditorProps) {
  const { t } = useTranslation();
  if (loading)
    return (
      <Modal
        open
        loading
        title={t('calendar.editor.title', { date: props.date })}
        footer={null}
        onCancel={props.onClose}
      />
    );
  return <DayEditorForm {...props} />;
}

function DayEditorForm({ date, day, override, onClose }: Omit<DayEditorProps, 'loading'>) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const [, setWorkingDay] = useMutation(SetWorkingDayMutation);
  const noteLength = (Form.useWatch('note', form) ?? '').length;
  const currentNote = localisedNote(day?.note, toLocale(i18n.language));

  // an existing override is edited as it stands; otherwise the likely change is the opposite of today's
  const initialValues: Values = {
    isWorkingDay: override ? override.isWorkingDay : !(day?.isWorkingDay ?? true),
    note: override?.note ?? '',
  };

  // The failure to show above the form; null when saved, or when the only errors are the note's
  // (they are set on the field, where the user corrects them).
  const save = async (values: Values): Promise<string | null> => {
    const result = await setWorkingDay(
      { date, isWorkingDay: values.isWorkingDay, note: values.note.trim() },
      CALENDAR_CONTEXT,
    );
    if (result.error) return t('calendar.editor.failed', { message: describeRequestError(result.error, t) });
    const outcome = result.data?.setWorkingDay;
    if (!outcome) return t('ui.error.unknown');
    switch (outcome.__typename) {
      case 'SetWorkingDaySuccess':
        void message.success(
          t('calendar.editor.saved', {
            date: outcome.data.date,
            kind: t(outcome.data.isWorkingDay ? 'calendar.working' : 'calendar.rest'),
          }),
        );
        onClose();
        return null;
      case 'ValidationError': {
        const onNote = outcome.fieldErrors.filter((e) => e.path.includes('note')).map((e) => e.message);
        const others = outcome.fieldErrors.filter((e) => !e.path.includes('note')).map((e) => e.message);
        if (onNote.length > 0) form.setFields([{ name: 'note', errors: onNote }]);
        return others.length > 0 || onNote.length === 0 ? [outcome.message, ...others].join(' ') : null;
      }
      default:
        return outcome satisfies never;
    }
  };

  return (
    <FormModal<Values>
      name="day-editor"
      form={form}
      open
      title={t('calendar.editor.title', { date })}
      okText={t('calendar.editor.save')}
      initialValues={initialValues}
      failureTestId="day-editor-error"
      onCancel={onClose}
      onSubmit={save}
    >
      {day ? (
        <Typography.Paragraph type="secondary" data-testid="day-editor-current">
          {repeatsKind(day.source)
            ? t('calendar.editor.currentPlain', { kind: t('calendar.working') })
            : t('calendar.editor.current', {
                source: t(`calendar.source.${day.source}`),
                kind: t(day.isWorkingDay ? 'calendar.working' : 'calendar.rest'),
              })}
          {currentNote ? (
            <>
              <br />
              {t('calendar.editor.currentNote', { note: currentNote })}
            </>
          ) : null}
        </Typography.Paragraph>
      ) : null}
      <Form.Item name="isWorkingDay" label={t('calendar.editor.kind')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('calendar.editor.setWorking') },
            { value: false, label: t('calendar.editor.setRest') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('calendar.editor.note')}
        // the count sits beside the help text rather than over it (antd's showCount overlaps it)
        extra={
          <Flex justify="space-between" gap={12} align="flex-start">
            <span>{t('calendar.editor.noteHelp')}</span>
            <span style={{ whiteSpace: 'nowrap' }} aria-live="polite" data-testid="note-count">
              {t('calendar.editor.noteCount', { count: noteLength, max: NOTE_MAX })}
            </span>
          </Flex>
        }
        rules={[{ required: true, whitespace: true, message: t('calendar.editor.noteRequired') }, { max: NOTE_MAX }]}
      >
        <Input.TextArea rows={3} maxLength={NOTE_MAX} placeholder={t('calendar.editor.notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
