import { APPLICATION_STATUS_NAMES, type ApplicationAction, type ApplicationStatus } from '@sme/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { LoadedApplication } from './load-application.js';
import type { Notice, Recipients } from './notify.js';

// Who hears of each status change by default: the applicant of every change it did not make
// itself, the recommending unit when something waits for it, administrators when something
// waits for them.
export function defaultApplicationNotices(
  action: ApplicationAction,
  app: LoadedApplication,
  next: ApplicationStatus,
  note: string | null,
): { to: Recipients; notice: Notice }[] {
  const id = encodeGlobalID('Application', app.id);
  const status = APPLICATION_STATUS_NAMES[next];
  const withNote = (text: string) => (note ? `${text}\n${note}` : text);
  const toApplicant = {
    to: { organisationId: app.organisationId },
    notice: {
      kind: `application.${action}`,
      title: { zhCN: `申报状态变更：${status.zhCN}`, en: `Application status: ${status.en}` },
      body: {
        zhCN: withNote(`${app.organisationName}的申报状态已变更为“${status.zhCN}”。`),
        en: withNote(`The application of ${app.organisationName} is now ${status.en.toLowerCase()}.`),
      },
      link: `/applications/${id}`,
    },
  };
  const toUnit = (title: Notice['title']) =>
    app.recommendingUnitId
      ? [
          {
            to: { unitId: app.recommendingUnitId },
            notice: { kind: `application.${action}`, title, body: title, link: `/admin/applications/${id}` },
          },
        ]
      : [];
  const toAdmins = (title: Notice['title']) => [
    {
      to: { admins: true as const },
      notice: { kind: `application.${action}`, title, body: title, link: `/admin/applications/${id}` },
    },
  ];

  switch (action) {
    case 'submit':
    case 'resubmit':
      return toUnit({
        zhCN: `${app.organisationName}提交了申报，待推荐`,
        en: `${app.organisationName} submitted an application to recommend`,
      });
    case 'recommend':
      return [
        toApplicant,
        ...toAdmins({
          zhCN: `${app.organisationName}的申报已推荐，待分配评审`,
          en: `${app.organisationName}'s application was recommended and awaits reviewers`,
        }),
      ];
    case 'provideMoreInfo':
      return toAdmins({
        zhCN: `${app.organisationName}已补充材料`,
        en: `${app.organisationName} answered a request for more information`,
      });
    case 'withdraw':
      return [
        ...toUnit({
          zhCN: `${app.organisationName}撤回了申报`,
          en: `${app.organisationName} withdrew its application`,
        }),
        ...toAdmins({
          zhCN: `${app.organisationName}撤回了申报`,
          en: `${app.organisationName} withdrew its application`,
        }),
      ];
    case 'return':
    case 'declineRecommendation':
    case 'startReview':
    case 'requestMoreInfo':
    case 'passReview':
    case 'failReview':
    case 'publishNotice':
    case 'award':
    case 'failAfterObjection':
    case 'failRevokedRenewal':
      return [toApplicant];
  }
}
