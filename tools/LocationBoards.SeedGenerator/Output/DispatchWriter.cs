using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.Dispatch;

namespace LocationBoards.SeedGenerator.Output;

/// <summary>technicians.json and jobs.json.</summary>
internal static class DispatchWriter
{
    public static void WriteTechnicians(string path, IReadOnlyList<TechnicianPlan> technicians) => JsonFile.Write(path, w =>
    {
        w.WriteStartArray();
        foreach (var t in technicians)
        {
            w.WriteStartObject();
            w.WriteString("userName", t.UserName);
            w.WriteString("home", t.Home);
            w.WritePropertyName("skills");
            w.WriteRawValue("[" + string.Join(", ", t.Skills.Select(s => $"\"{s}\"")) + "]");
            w.WritePropertyName("shifts");
            w.WriteRawValue("{ " + string.Join(", ", LocationPlans.Days.Where(t.Shifts.ContainsKey)
                .Select(d => $"\"{d}\": [" + string.Join(", ", t.Shifts[d].Select(r => $"\"{r}\"")) + "]")) + " }");
            w.WriteString("supervisor", t.Supervisor);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static void WriteJobs(string path, IReadOnlyList<JobPlan> jobs) => JsonFile.Write(path, w =>
    {
        w.WriteStartArray();
        foreach (var j in jobs)
        {
            w.WriteStartObject();
            w.WriteString("ref", j.Ref);
            w.WriteString("customer", j.Customer);
            w.WriteString("address", j.Address);
            if (j.Product is not null)
            {
                w.WriteString("product", j.Product);
            }

            w.WriteString("skill", j.Skill);
            w.WriteString("priority", j.Priority);
            w.WriteString("symptoms", j.Symptoms);
            w.WriteString("reportedBy", "dispatcher");
            w.WriteNumber("createdMinutesAgo", j.CreatedMinutesAgo);
            w.WriteStartArray("steps");
            foreach (var s in j.Steps)
            {
                w.WriteStartObject();
                w.WriteString("move", s.Move);
                if (s.Technician is not null)
                {
                    w.WriteString("technician", s.Technician);
                }

                if (s.Reason is not null)
                {
                    w.WriteString("reason", s.Reason);
                }

                w.WriteNumber("minutesAgo", s.MinutesAgo);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });
}
