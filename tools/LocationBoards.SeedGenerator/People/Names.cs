namespace LocationBoards.SeedGenerator.People;

/// <summary>Given names and family names as varied as the metro's households.</summary>
internal static class Names
{
    public static IReadOnlyList<string> Given { get; } =
    [
        "Ann", "Raj", "Li", "Maria", "José", "Aisha", "Mohamed", "Hana", "Kenji", "Sofia", "Liam", "Olivia", "Noah", "Emma",
        "Mateo", "Camila", "Nguyen", "Linh", "Minh", "Thao", "Wei", "Mei", "Jun", "Yuki", "Haruto", "Sakura", "Ji-woo", "Min-jun",
        "Seo-yeon", "Priya", "Arjun", "Ananya", "Vikram", "Fatima", "Omar", "Amina", "Hodan", "Abdi", "Ayaan", "Tigist", "Dawit",
        "Selam", "Olga", "Dmitri", "Irina", "Oksana", "Taras", "Natalia", "Aleksandr", "Marisol", "Alejandro", "Guadalupe",
        "Javier", "Lucía", "Diego", "Ximena", "Carmen", "Jamal", "Keisha", "Darnell", "Imani", "Tyrone", "Aaliyah", "Malik",
        "Grace", "Henry", "Ruth", "Walter", "Margaret", "George", "Dorothy", "Harold", "Evelyn", "Frank", "Chloe", "Ethan",
        "Ava", "Mason", "Isabella", "Lucas", "Mia", "Elijah", "Harper", "James", "Amelia", "Benjamin", "Charlotte", "Sebastian",
        "Zoe", "Samuel", "Nora", "Owen", "Hazel", "Caleb", "Willow", "Rowan", "Sage", "River", "Juniper", "Finn", "Ingrid",
        "Lars", "Astrid", "Soren", "Aroha", "Tane", "Leilani", "Kai", "Malia", "Jasmine", "Ahmad", "Layla", "Yusuf", "Zainab",
        "Tomás", "Inés", "Bao", "Quang", "Rosa", "Esperanza", "Pedro", "Ramón", "Anh", "Tuan", "Chen", "Ling",
    ];

    public static IReadOnlyList<string> Family { get; } =
    [
        "Anderson", "Johnson", "Smith", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Thomas", "Moore",
        "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
        "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris", "Nguyen", "Tran", "Le",
        "Pham", "Hoang", "Vo", "Dang", "Bui", "Do", "Huynh", "Garcia", "Martinez", "Rodriguez", "Hernandez", "Lopez", "Gonzalez",
        "Perez", "Sanchez", "Ramirez", "Cruz", "Reyes", "Morales", "Ortiz", "Gutierrez", "Chavez", "Mendoza", "Wang", "Li",
        "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Tanaka",
        "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Patel", "Shah", "Singh", "Kumar", "Gupta", "Sharma",
        "Reddy", "Iyer", "Ali", "Hassan", "Hussein", "Abdullahi", "Mohamud", "Warsame", "Tesfaye", "Bekele", "Haile", "Girma",
        "Ivanov", "Petrov", "Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Popescu", "Novak", "Kowalski", "Olsen",
        "Larsen", "Johansson", "Lindqvist", "O'Brien", "Murphy", "Kelly", "Sullivan", "McCarthy", "Okafor", "Adeyemi",
        "Mensah", "Kahananui", "Makoa", "Begay", "Yazzie", "Redcloud", "Whitehorse", "Schmidt", "Müller", "Weber", "Rossi",
        "Bianchi", "Dubois", "Moreau", "Santos", "Oliveira", "Costa", "Silva",
    ];
}
