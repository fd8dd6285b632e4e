using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.Dispatch;

namespace LocationBoards.SeedGenerator.Output;

/// <summary>technicians.json and jobs.json.</summary>
internal static class DispatchWriter
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
            w.WritePropertyName("steps");
            w.WriteRawValue(j.Steps.Count == 0 ? "[]" : "[\n      " + string.Join(",\n      ", j.Steps.Select(Step)) + "\n    ]");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>A step on one line: { "move": "assign", "technician": "tech03", "minutesAgo": 578 }.</summary>
    private static string Step(JobStepPlan step)
    {
        var fields = new List<string> { $"\"move\": {Text(step.Move)}" };
        if (step.Technician is not null)
        {
            fields.Add($"\"technician\": {Text(step.Technician)}");
        }

        if (step.Reason is not null)
        {
            fields.Add($"\"reason\": {Text(step.Reason)}");
        }

        fields.Add(string.Create(CultureInfo.InvariantCulture, $"\"minutesAgo\": {step.MinutesAgo}"));
        return "{ " + string.Join(", ", fields) + " }";
    }

    private static string Text(string value) => JsonSerializer.Serialize(value, Relaxed);
}
