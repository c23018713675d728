import { t, type Lang } from '../i18n';
import { useTeamData } from './team-data';
import { TeamSync } from './TeamSync';
import { TeamView } from './TeamView';

/** 团队 tab (issue #12, docs/team-sync.md): team sync settings, then the team's shops. */
export function Team({ lang }: { lang: Lang }) {
  const { sync, view, now, error, reload, setSync } = useTeamData();
  return (
    <div data-testid="team-tab">
      {error && (
        <p class="warn" role="alert">
          {t(lang, 'common.error', { e: error })}
        </p>
      )}
      {sync && <TeamSync reply={sync} lang={lang} now={now} reload={reload} setSync={setSync} />}
      <TeamView view={view} lang={lang} now={now} />
    </div>
  );
}
