using System.Globalization;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Phone;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Ordering.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>
/// The automated phone line. Caller ID finds who usually calls from the number; a returning client is
/// offered their usual order, their usual items one by one, a speed code, or a person. A dialled
/// number set up for a predetermined order offers it at once. Unknown callers and those who prefer a
/// person go straight to a person, and the transfer is recorded. Unexpected digits repeat the question.
/// </summary>
public sealed partial class PhoneConversation(
    IDbContextFactory<AppDbContext> contexts,
    OrderingCatalog catalog,
    OrderIntake intake,
    PriceFormatter prices,
    PhonePlanner planner,
    IOptions<PhoneOptions> options,
    TimeProvider clock,
    ILogger<PhoneConversation> logger)
{
    private readonly PhoneScript _script = new(prices);

    public async Task<string> AnswerAsync(PhoneRequest request, string actionUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = new VoiceResponse(options.Value.Voice, actionUrl);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var call = await db.PhoneCalls.FirstOrDefaultAsync(c => c.CallSid == request.CallSid, cancellationToken);
        if (call is null)
        {
            call = new PhoneCall
            {
                CallSid = request.CallSid,
                From = PhoneNumber.TryNormalise(request.From, out var from) ? from : request.From.Trim(),
                To = PhoneNumber.TryNormalise(request.To, out var to) ? to : request.To.Trim(),
                StartedUtc = now,
            };
            db.PhoneCalls.Add(call);
            await StartAsync(db, call, reply, cancellationToken);
        }
        else
        {
            await ContinueAsync(db, call, (request.Digits ?? string.Empty).Trim(), reply, cancellationToken);
        }

        call.UpdatedUtc = now;
        call.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return reply.ToString();
    }

    private async Task StartAsync(AppDbContext db, PhoneCall call, VoiceResponse reply, CancellationToken cancellationToken)
    {
        var callers = PhoneNumber.TryNormalise(call.From, out var number) ? await catalog.CustomersByPhoneAsync(number, cancellationToken) : [];
        var wanting = callers.Where(c => !c.PrefersPerson).ToList();
        if (callers.Count == 0)
        {
            Transfer(db, call, null, PhoneTransferReason.UnknownCaller, reply, "Welcome to LocationBoards.");
            return;
        }

        if (wanting.Count == 0)
        {
            Transfer(db, call, callers[0].CustomerId, PhoneTransferReason.PrefersPerson, reply, $"Hello {callers[0].FirstName}.");
            return;
        }

        if (callers.Count == 1)
        {
            await GreetAsync(call, callers[0], reply, cancellationToken);
            return;
        }

        call.Stage = PhoneCallStage.ChoosingPerson;
        call.HouseholdCustomerIds = string.Join(',', callers.Select(c => c.CustomerId.ToString(CultureInfo.InvariantCulture)));
        reply.Say("Welcome back.").Gather(WhoIsCalling(callers));
    }

    private async Task ContinueAsync(AppDbContext db, PhoneCall call, string digits, VoiceResponse reply, CancellationToken cancellationToken)
    {
        switch (call.Stage)
        {
            case PhoneCallStage.ChoosingPerson:
                var household = await HouseholdAsync(call, cancellationToken);
                if (digits.Length == 1 && int.TryParse(digits, CultureInfo.InvariantCulture, out var pick) && pick >= 1 && pick <= household.Count)
                {
                    var chosen = household[pick - 1];
                    if (chosen.PrefersPerson)
                    {
                        Transfer(db, call, chosen.CustomerId, PhoneTransferReason.PrefersPerson, reply, $"Hello {chosen.FirstName}.");
                    }
                    else
                    {
                        await GreetAsync(call, chosen, reply, cancellationToken);
                    }
                }
                else
                {
                    reply.Gather(WhoIsCalling(household));
                }

                break;

            case PhoneCallStage.Menu:
                await MenuAsync(db, call, digits, reply, cancellationToken);
                break;

            case PhoneCallStage.ConfirmingUsual or PhoneCallStage.ConfirmingItems or PhoneCallStage.ConfirmingSpeedDial:
                await ConfirmAsync(db, call, digits, reply, cancellationToken);
                break;

            case PhoneCallStage.HearingItems:
                await HearItemsAsync(call, digits, reply, cancellationToken);
                break;

            case PhoneCallStage.EnteringSpeedCode:
                await SpeedCodeAsync(call, digits, reply, cancellationToken);
                break;

            case PhoneCallStage.Placed:
                reply.Say(call.OrderId is { } id ? $"Your order number is {id}. Goodbye." : "Goodbye.").Hangup();
                break;

            default:
                reply.Say("Connecting you to a person.").Dial(options.Value.SupportNumber);
                break;
        }
    }

    private async Task GreetAsync(PhoneCall call, CustomerMatch customer, VoiceResponse reply, CancellationToken cancellationToken)
    {
        call.CustomerId = customer.CustomerId;
        var speedDial = await catalog.SpeedDialForCalledNumberAsync(call.To, cancellationToken);
        reply.Say($"Welcome back, {customer.FirstName}.");
        if (speedDial is not null)
        {
            call.SpeedDialCode = speedDial.Code;
            await OfferToConfirmAsync(call, PhoneCallStage.ConfirmingSpeedDial, speedDial.Name + ": ", speedDial.Lines, speedDial.Method, reply, cancellationToken);
            return;
        }

        await MenuPromptAsync(call, reply, cancellationToken);
    }

    private async Task MenuPromptAsync(PhoneCall call, VoiceResponse reply, CancellationToken cancellationToken)
    {
        call.Stage = PhoneCallStage.Menu;
        call.Cart = string.Empty;
        call.UsualItemIndex = 0;
        var usual = await catalog.LastOrderAsync(call.CustomerId!.Value, null, cancellationToken);
        reply.Gather(PhoneScript.Menu(usual.Count > 0, usual.Count > 0 ? $"{PhoneScript.Lines(usual)}, {_script.Total(usual)}" : null));
    }

    private async Task MenuAsync(AppDbContext db, PhoneCall call, string digits, VoiceResponse reply, CancellationToken cancellationToken)
    {
        switch (digits)
        {
            case "1":
                var usual = await catalog.LastOrderAsync(call.CustomerId!.Value, null, cancellationToken);
                if (usual.Count == 0)
                {
                    await MenuPromptAsync(call, reply, cancellationToken);
                    return;
                }

                await OfferToConfirmAsync(call, PhoneCallStage.ConfirmingUsual, "Your usual order: ", usual, null, reply, cancellationToken);
                return;
            case "2":
                call.Stage = PhoneCallStage.HearingItems;
                call.UsualItemIndex = 0;
                call.Cart = string.Empty;
                await OfferItemAsync(call, reply, cancellationToken);
                return;
            case "3":
                call.Stage = PhoneCallStage.EnteringSpeedCode;
                reply.Gather("Enter your speed code, then press the pound key.", numDigits: 7, finishOnKey: "#");
                return;
            case "0":
                Transfer(db, call, call.CustomerId, PhoneTransferReason.AskedForPerson, reply, string.Empty);
                return;
            default:
                await MenuPromptAsync(call, reply, cancellationToken);
                return;
        }
    }

    private async Task OfferItemAsync(PhoneCall call, VoiceResponse reply, CancellationToken cancellationToken)
    {
        var items = await catalog.UsualItemsAsync(call.CustomerId, null, cancellationToken);
        if (call.UsualItemIndex >= items.Count)
        {
            var chosen = await CartLinesAsync(call, cancellationToken);
            if (chosen.Count == 0)
            {
                reply.Say("That was the last one, and nothing was chosen.");
                await MenuPromptAsync(call, reply, cancellationToken);
                return;
            }

            await OfferToConfirmAsync(call, PhoneCallStage.ConfirmingItems, "You chose ", chosen, null, reply, cancellationToken);
            return;
        }

        var item = items[call.UsualItemIndex];
        reply.Gather($"{item.Name}, {_script.Price(item)}. Press 1 to add it, 2 for the next item, or 9 when you are done.");
    }

    private async Task HearItemsAsync(PhoneCall call, string digits, VoiceResponse reply, CancellationToken cancellationToken)
    {
        var items = await catalog.UsualItemsAsync(call.CustomerId, null, cancellationToken);
        switch (digits)
        {
            case "1" when call.UsualItemIndex < items.Count:
                call.Cart = CallCart.Add(call.Cart, items[call.UsualItemIndex].Id);
                call.UsualItemIndex++;
                reply.Say("Added.");
                await OfferItemAsync(call, reply, cancellationToken);
                return;
            case "2":
                call.UsualItemIndex++;
                await OfferItemAsync(call, reply, cancellationToken);
                return;
            case "9":
                call.UsualItemIndex = int.MaxValue;
                await OfferItemAsync(call, reply, cancellationToken);
                return;
            default:
                await OfferItemAsync(call, reply, cancellationToken);
                return;
        }
    }

    private async Task SpeedCodeAsync(PhoneCall call, string digits, VoiceResponse reply, CancellationToken cancellationToken)
    {
        if (digits == "0")
        {
            await MenuPromptAsync(call, reply, cancellationToken);
            return;
        }

        var entry = digits.Length is >= 2 and <= 6 ? await catalog.SpeedDialAsync(digits, cancellationToken) : null;
        if (entry is null)
        {
            reply.Gather("There is no such speed code. Enter your speed code, then press the pound key. Or press 0 and the pound key for the menu.", numDigits: 7, finishOnKey: "#");
            return;
        }

        call.SpeedDialCode = entry.Code;
        await OfferToConfirmAsync(call, PhoneCallStage.ConfirmingSpeedDial, entry.Name + ": ", entry.Lines, entry.Method, reply, cancellationToken);
    }

    private async Task OfferToConfirmAsync(
        PhoneCall call, PhoneCallStage stage, string intro, IReadOnlyList<(ShopItem Item, int Quantity)> lines, DeliveryMethod? method, VoiceResponse reply, CancellationToken cancellationToken)
    {
        var plan = await planner.PlanAsync(call.CustomerId!.Value, lines, method, cancellationToken);
        if (plan is null)
        {
            reply.Say("We cannot set up this order on the phone.");
            await MenuPromptAsync(call, reply, cancellationToken);
            return;
        }

        call.Stage = stage;
        call.Cart = CallCart.Write(lines.Select(l => (l.Item.Id, l.Quantity)));
        call.PlacingAttempt++;
        reply.Gather($"{intro}{PhoneScript.Lines(lines)}, {_script.Total(lines)}, {PhoneScript.How(plan)}. Press 1 to place it, or 2 to go back.");
    }

    private async Task ConfirmAsync(AppDbContext db, PhoneCall call, string digits, VoiceResponse reply, CancellationToken cancellationToken)
    {
        if (digits == "2")
        {
            await MenuPromptAsync(call, reply, cancellationToken);
            return;
        }

        var lines = await CartLinesAsync(call, cancellationToken);
        var speedDial = call.Stage == PhoneCallStage.ConfirmingSpeedDial && call.SpeedDialCode is { } code ? await catalog.SpeedDialAsync(code, cancellationToken) : null;
        var plan = await planner.PlanAsync(call.CustomerId!.Value, lines, speedDial?.Method, cancellationToken);
        if (digits != "1" || plan is null)
        {
            reply.Gather($"{PhoneScript.Lines(lines)}, {_script.Total(lines)}. Press 1 to place it, or 2 to go back.");
            return;
        }

        var request = new OrderRequest
        {
            CustomerId = call.CustomerId,
            Lines = [.. lines.Select(l => new OrderLineRequest { CatalogItemId = l.Item.Id, Quantity = l.Quantity })],
            DeliveryMethod = plan.Method,
            PickupLocationId = plan.PickupLocationId,
            DeliveryAddressId = plan.DeliveryAddressId,
            Payment = plan.Payment,
        };
        var caller = new OrderCaller(OrderChannel.Phone, $"phone:{call.CallSid}", "phone", call.CustomerId, MayCreateCustomers: false);
        var key = string.Create(CultureInfo.InvariantCulture, $"{call.CallSid}-{call.PlacingAttempt}");
        var outcome = await intake.SubmitAsync(request, caller, key, cancellationToken);
        if (outcome is OrderOutcome.Placed placed)
        {
            call.Stage = PhoneCallStage.Placed;
            call.OrderId = placed.Order.OrderId;
            call.EndedUtc = clock.GetUtcNow().UtcDateTime;
            LogPlaced(logger, placed.Order.OrderId, placed.Order.LocationId);
            reply.Say($"Thank you. Your order number is {placed.Order.OrderId}. {placed.Order.LocationName} has it. Goodbye.").Hangup();
            return;
        }

        var why = outcome is OrderOutcome.NotRoutable notRoutable ? notRoutable.Explanation : "The order could not be placed.";
        Transfer(db, call, call.CustomerId, PhoneTransferReason.CouldNotPlace, reply, $"Sorry. {why}");
    }

    private async Task<IReadOnlyList<(ShopItem Item, int Quantity)>> CartLinesAsync(PhoneCall call, CancellationToken cancellationToken)
    {
        var wanted = CallCart.Read(call.Cart);
        var items = (await catalog.ItemsAsync(null, cancellationToken)).ToDictionary(i => i.Id);
        return [.. wanted.Where(w => items.ContainsKey(w.ItemId)).Select(w => (items[w.ItemId], w.Quantity))];
    }

    private async Task<IReadOnlyList<CustomerMatch>> HouseholdAsync(PhoneCall call, CancellationToken cancellationToken)
    {
        var ids = call.HouseholdCustomerIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
        var people = PhoneNumber.TryNormalise(call.From, out var number) ? await catalog.CustomersByPhoneAsync(number, cancellationToken) : [];
        return [.. ids.Select(id => people.FirstOrDefault(p => p.CustomerId == id)).OfType<CustomerMatch>()];
    }

    private static string WhoIsCalling(IReadOnlyList<CustomerMatch> household) =>
        string.Join(" ", household.Select((c, i) => $"Press {i + 1} for {c.FirstName}.")) + " ";

    private void Transfer(AppDbContext db, PhoneCall call, int? customerId, PhoneTransferReason reason, VoiceResponse reply, string greeting)
    {
        call.Stage = PhoneCallStage.Transferred;
        call.CustomerId = customerId;
        call.EndedUtc = clock.GetUtcNow().UtcDateTime;
        db.PhoneTransfers.Add(new PhoneTransfer
        {
            CallSid = call.CallSid,
            Caller = call.From,
            CustomerId = customerId,
            Reason = reason,
            TransferredUtc = call.EndedUtc.Value,
        });
        LogTransferred(logger, reason);
        if (greeting.Length > 0)
        {
            reply.Say(greeting);
        }

        reply.Say("Connecting you to a person.").Dial(options.Value.SupportNumber);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Phone order {OrderId} placed at location {LocationId}")]
    private static partial void LogPlaced(ILogger logger, long orderId, int locationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Phone call transferred to a person ({Reason})")]
    private static partial void LogTransferred(ILogger logger, PhoneTransferReason reason);
}
