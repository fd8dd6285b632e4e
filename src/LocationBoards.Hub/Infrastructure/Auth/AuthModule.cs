using LocationBoards.Data;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace LocationBoards.Hub.Infrastructure.Auth;

public static class AuthModule
{
    public static IHostApplicationBuilder AddAuth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KioskDeviceOptions>().BindConfiguration(KioskDeviceOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                // Length over composition rules (NIST SP 800-63B): at least 10 characters, any kind.
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 8;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Default;
                options.DefaultChallengeScheme = AuthSchemes.Default;
            })
            .AddPolicyScheme(AuthSchemes.Default, "Person, kiosk or bearer", options =>
                options.ForwardDefaultSelector = AuthSchemes.Select)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(PersonCookie.Configure));
        new AuthenticationBuilder(services)
            .AddScheme<AuthenticationSchemeOptions, KioskDeviceAuthenticationHandler>(AuthSchemes.KioskDevice, "Kiosk device", null)
            .AddJwtBearer(AuthSchemes.Bearer, _ => { });
        services.AddOptions<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>(AuthSchemes.Bearer)
            .Configure<TokenSigningKey, TimeProvider>(BearerTokens.Configure);

        // Cookies re-check the user's security stamp every 30 s, so a disabled user's next request fails.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(30));

        services.AddAuthorization(Policies.Register);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenSigningKey>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<UserValidity>();
        services.AddSingleton<KioskDeviceValidity>();
        services.AddSingleton<SignInTickets>();
        return builder;
    }

    public static WebApplication MapAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAuthEndpoints();
        return app;
    }

    internal static TokenValidationParameters ValidationParameters(SecurityKey key) => new()
    {
        ValidIssuer = TokenOptions.Issuer,
        ValidAudience = TokenOptions.Audience,
        IssuerSigningKey = key,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = System.Security.Claims.ClaimTypes.Name,
        RoleClaimType = System.Security.Claims.ClaimTypes.Role,
    };
}
