import { FamilyGoalsSection } from "./family-goals-section";
import { FamilyReportsSection } from "./family-reports-section";
import { loadFamilyGoals } from "./load-family-goals";

/** The family's goals and progress reports: server-rendered, no client JavaScript. */
export async function FamilyGoals({ childId, childName }: { childId: string; childName: string }) {
  const { goals, reports } = await loadFamilyGoals(childId);
  return (
    <div className="mb-6 flex flex-col gap-6">
      <FamilyGoalsSection childName={childName} goals={goals} />
      <FamilyReportsSection reports={reports} />
    </div>
  );
}
