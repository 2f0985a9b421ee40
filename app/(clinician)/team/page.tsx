import type { Metadata } from "next";
import { Badge } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { InviteActions } from "@/app/_components/invite-actions";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { AddTherapistForm } from "./add-therapist-form";
import { MemberStatusButton } from "./member-status-button";

export const metadata: Metadata = { title: "Team" };

const roleLabels = { owner: "Owner", therapist: "Therapist" } as const;

export default async function TeamPage() {
  const actor = await requireClinician("team.read");
  const trpc = await api();
  const { members, pendingInvites } = await trpc.clinic.team();
  const isOwner = actor.role === "owner";

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">Team</h1>
      <DataTable caption="Clinicians">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={thClass}>Name</th>
            <th scope="col" className={thClass}>Email</th>
            <th scope="col" className={thClass}>Role</th>
            <th scope="col" className={thClass}>Status</th>
            {isOwner && <th scope="col" className={thClass}>Actions</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {members.map((m) => (
            <tr key={m.userId}>
              <td className={`${tdClass} font-medium`}>
                {m.name}
                {m.userId === actor.userId && <span className="text-slate-600"> (you)</span>}
              </td>
              <td className={tdClass}>{m.email}</td>
              <td className={tdClass}>{roleLabels[m.role]}</td>
              <td className={tdClass}>{m.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}</td>
              {isOwner && (
                <td className={tdClass}>
                  {m.userId !== actor.userId && <MemberStatusButton userId={m.userId} name={m.name} isDisabled={m.disabled} />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </DataTable>

      {isOwner && (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="add-therapist-heading" className="space-y-3">
            <h2 id="add-therapist-heading" className="text-lg font-semibold text-slate-900">
              Add therapist
            </h2>
            <AddTherapistForm />
          </section>
          <section aria-labelledby="pending-heading" className="space-y-3">
            <h2 id="pending-heading" className="text-lg font-semibold text-slate-900">
              Pending invites
            </h2>
            {pendingInvites.length ? (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {pendingInvites.map((invite) => (
                  <li key={invite.id} className="px-4 py-2 text-sm">
                    <span className="font-medium text-slate-900">{invite.name}</span>{" "}
                    <span className="text-slate-700">({invite.email})</span>
                    <span className="block text-slate-600">Valid until {formatDate(invite.expiresAt)}</span>
                    <div className="mt-2">
                      <InviteActions inviteId={invite.id} who={invite.name} />
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">No pending invites.</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
