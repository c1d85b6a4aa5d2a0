import { err, ok, type DomainFailure, type Message, type Result } from '../shared/message';

/**
 * A workflow is a table of actions: for each action, the status it leads to, the statuses it
 * may be taken from and which *parties* may take it from each, the article it rests on, and an
 * optional gate over facts that only the moment can tell (is the notice over? is an objection
 * pending?). The table is the only place that says who may do what when; the API asks it
 * (`decide`) before every status change and the consoles ask it (`allowed`) which buttons to show.
 *
 * Parties are relations to the subject (the applicant, the member's recommending unit, an
 * assigned reviewer, the secretariat), not bare roles: a unit's staff recommend only their own
 * members (Art. 2), so "is UNIT_STAFF" is not enough.
 */
export type Edge<S extends string, P extends string> = { from: S; by: readonly P[] };

export type ActionRule<S extends string, P extends string, F> = {
  to: S;
  edges: readonly Edge<S, P>[];
  article: string;
  name: Message;
  /** A failure when the facts of the moment forbid the action, else null. */
  gate?: (facts: F) => DomainFailure | null;
  /** The failure to report when the actor is not a party (defaults to a generic one). */
  notAParty?: DomainFailure;
  /**
   * The failure to report when the subject's status does not allow the action (defaults to
   * ILLEGAL_TRANSITION), for a refusal with its own code (an objection decided already).
   */
  refusedFrom?: DomainFailure;
};

export type IllegalTransitionError<
  S extends string = string,
  A extends string = string,
> = DomainFailure<'ILLEGAL_TRANSITION'> & {
  from: S;
  action: A;
};
export type NotAPartyError<P extends string = string, A extends string = string> = DomainFailure & {
  action: A;
  allowedParties: readonly P[];
};
export type TransitionError = IllegalTransitionError | NotAPartyError | DomainFailure;

export type WorkflowDefinition<S extends string, A extends string, P extends string, F> = {
  /** Names used in messages. */
  subjectName: Message;
  statusNames: Record<S, Message>;
  partyNames: Record<P, Message>;
  actions: Record<A, ActionRule<S, P, F>>;
};

export type Workflow<S extends string, A extends string, P extends string, F> = WorkflowDefinition<S, A, P, F> & {
  actionList: readonly A[];
  /**
   * The status after `parties` take `action` on a subject in `status`, or why not. Asked in this
   * order, so each refusal names the real obstacle: does the edge exist at all (illegal for
   * everyone otherwise), is the actor a party who may take it, do the facts of the moment allow it.
   */
  decide(status: S, action: A, parties: readonly P[], facts?: F): Result<S, TransitionError>;
  /** Actions the parties may take now, in table order, ignoring gates (the UI shows gated ones disabled with the gate's reason). */
  allowed(status: S, parties: readonly P[]): A[];
  /** Statuses from which no action leads anywhere. */
  isTerminal(status: S): boolean;
};

export function createWorkflow<S extends string, A extends string, P extends string, F>(
  definition: WorkflowDefinition<S, A, P, F>,
): Workflow<S, A, P, F> {
  const actionList = Object.keys(definition.actions) as A[];
  const edgeOf = (status: S, action: A): Edge<S, P> | undefined =>
    definition.actions[action]?.edges.find((e) => e.from === status);

  function decide(status: S, action: A, parties: readonly P[], facts?: F): Result<S, TransitionError> {
    const rule = definition.actions[action];
    const edge = rule ? edgeOf(status, action) : undefined;
    if (rule && !edge && rule.refusedFrom) return err(rule.refusedFrom);
    if (!rule || !edge) {
      const actionName = rule?.name ?? { zhCN: String(action), en: String(action) };
      const statusName = definition.statusNames[status] ?? { zhCN: String(status), en: String(status) };
      const article = rule?.article ?? 'software';
      return err({
        code: 'ILLEGAL_TRANSITION',
        article,
        from: status,
        action,
        message: {
          zhCN: `${definition.subjectName.zhCN}状态为“${statusName.zhCN}”时不能执行“${actionName.zhCN}”（${articleZh(article)}）。`,
          en: `Cannot ${actionName.en.toLowerCase()}: the ${definition.subjectName.en.toLowerCase()} is ${statusName.en.toLowerCase()} (${article}).`,
        },
      });
    }
    if (!edge.by.some((p) => parties.includes(p))) {
      if (rule.notAParty) return err({ ...rule.notAParty, action, allowedParties: edge.by });
      const who = edge.by.map((p) => definition.partyNames[p]);
      return err({
        code: 'NOT_PERMITTED',
        article: rule.article,
        action,
        allowedParties: edge.by,
        message: {
          zhCN: `只有${who.map((w) => w.zhCN).join('或')}可以执行“${rule.name.zhCN}”（${articleZh(rule.article)}）。`,
          en: `Only ${who.map((w) => w.en.toLowerCase()).join(' or ')} may ${rule.name.en.toLowerCase()} (${rule.article}).`,
        },
      });
    }
    if (rule.gate) {
      if (facts === undefined) throw new Error(`The "${String(action)}" action needs the facts its gate reads`);
      const failure = rule.gate(facts);
      if (failure) return err(failure);
    }
    return ok(rule.to);
  }

  function allowed(status: S, parties: readonly P[]): A[] {
    return actionList.filter((a) => edgeOf(status, a)?.by.some((p) => parties.includes(p)) ?? false);
  }

  function isTerminal(status: S): boolean {
    return actionList.every((a) => !edgeOf(status, a));
  }

  return { ...definition, actionList, decide, allowed, isTerminal };
}

const ARTICLE_ZH: Record<string, string> = {
  'Art. 1': '第一条',
  'Art. 2': '第二条',
  'Art. 3': '第三条',
  'Art. 4': '第四条',
  'Art. 5': '第五条',
  'Art. 6': '第六条',
  'Art. 7': '第七条',
  'Art. 8': '第八条',
  'Art. 9': '第九条',
  'Art. 10': '第十条',
  'Art. 11': '第十一条',
  'Art. 12': '第十二条',
  'Art. 13': '第十三条',
  'Art. 14': '第十四条',
  software: '系统规则',
};

/** "Art. 8" → "第八条"; "software" → "系统规则" (a rule of this software, not of the measures). */
export function articleZh(article: string): string {
  return ARTICLE_ZH[article] ?? article;
}
